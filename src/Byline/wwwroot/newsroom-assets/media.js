// Upload form: says at once when a file is too large, instead of after minutes of uploading it. The server checks
// again; without this script the form works the same, only later.
(() => {
  const form = document.querySelector("form[data-max-bytes]");
  const input = form && form.querySelector("input[type=file]");
  if (!input) return;
  const maxBytes = Number(form.dataset.maxBytes);
  const error = document.getElementById(input.id + "-error");
  input.addEventListener("change", () => {
    const file = input.files && input.files[0];
    const message = file && file.size > maxBytes
      ? `This file is ${(file.size / 1048576).toFixed(1)} MB; the largest accepted is ${Math.floor(maxBytes / 1048576)} MB. Export a smaller version and choose that.`
      : "";
    input.setCustomValidity(message);
    if (error) error.textContent = message;
  });
})();
