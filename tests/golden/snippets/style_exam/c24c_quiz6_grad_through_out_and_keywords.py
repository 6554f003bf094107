# Quiz F1: out= and autograd, keyword forms of backward helpers
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
for f in (lambda: torch.mul(w, 2, out=torch.empty(2)), lambda: torch.sum(w, 0, out=torch.empty(())),
          lambda: torch.cumsum(w, dim=0, out=torch.empty(2))):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
with torch.no_grad():
    out = torch.empty(2)
    torch.cumsum(w, dim=0, out=out)
print(out, out.requires_grad)
