(()=>{function e(){}function t(){}function o(){}function i(){}function s(){let r=document.getElementById("story-form");if(r)for(let n of[e,i,o,t])try{n(r)}catch(a){console.error(a)}}document.readyState==="loading"?document.addEventListener("DOMContentLoaded",s):s();})();
//# sourceMappingURL=editor.bundle.js.map
