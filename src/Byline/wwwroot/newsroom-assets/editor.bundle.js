(()=>{function e(){}document.readyState==="loading"?document.addEventListener("DOMContentLoaded",e):void 0;})();
//# sourceMappingURL=editor.bundle.js.map
