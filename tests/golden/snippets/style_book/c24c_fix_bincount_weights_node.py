# Section 8.J (proof for the engine fix): bincount's weights get a node refusing gradients
import torch
w = torch.tensor([0.1, 0.7, 0.8], requires_grad=True)
for ww in (w, w.double(), w.half()):
    r = torch.bincount(torch.tensor([0, 1, 1]), weights=ww)
    print(r, r.requires_grad, type(r.grad_fn).__name__ if r.grad_fn else None)
    try:
        r.sum().backward()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(torch.bincount(torch.tensor([0, 2]), weights=w.detach()[:2]).grad_fn)
with torch.no_grad():
    print(torch.bincount(torch.tensor([0, 1, 1]), weights=w).requires_grad)
print(torch.bincount(torch.tensor([], dtype=torch.long), weights=torch.tensor([], requires_grad=True)))
