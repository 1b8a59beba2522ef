// The media library's JSON endpoints (Areas/Newsroom/Pages/Media/Library and Upload?handler=Json).
const libraryPath = "/newsroom/media/library";
const uploadPath = "/newsroom/media/upload?handler=Json";

export const maxUploadBytes = 20 * 1024 * 1024;

function antiforgeryToken() {
  const field = document.querySelector('#story-form input[name="__RequestVerificationToken"], input[name="__RequestVerificationToken"]');
  return field ? field.value : "";
}

async function getJson(url) {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  const json = await response.json().catch(() => null);
  if (!response.ok || !json) throw new Error((json && json.error) || `The library did not answer (${response.status}).`);
  return json;
}

export function searchLibrary(query, page = 1) {
  return getJson(`${libraryPath}?handler=Search&q=${encodeURIComponent(query || "")}&page=${page}`);
}

export function libraryItem(id) {
  return getJson(`${libraryPath}?handler=Item&id=${encodeURIComponent(id)}`);
}

/** Uploads `file` with its words; `onProgress(fraction)` follows the bytes sent. Resolves with the item or rejects with a readable Error. */
export function uploadImage(file, { alt, caption, credit }, onProgress) {
  return new Promise((resolve, reject) => {
    if (file.size > maxUploadBytes) {
      reject(new Error("The file is larger than 20 MB. Export a smaller version (a long side of 4,000 pixels is plenty for the web) and upload that."));
      return;
    }
    const data = new FormData();
    data.append("__RequestVerificationToken", antiforgeryToken());
    data.append("Image", file, file.name || "pasted-image.png");
    data.append("AltText", alt || "");
    data.append("Caption", caption || "");
    data.append("Credit", credit || "");
    const xhr = new XMLHttpRequest();
    xhr.open("POST", uploadPath);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener("load", () => {
      let json = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = null;
      }
      if (xhr.status === 201 && json) resolve(json);
      else if (/refused=too-large/.test(xhr.responseURL)) reject(new Error("The file is larger than 20 MB."));
      else if (xhr.status === 403 && !json) reject(new Error("Your role may not upload images; choose one from the library."));
      else reject(new Error((json && json.error) || `The upload failed (${xhr.status}). Try again.`));
    });
    xhr.addEventListener("error", () => reject(new Error("The upload did not reach the server: check the connection and try again.")));
    xhr.send(data);
  });
}
