# Issue: "backward on a (1,) tensor works but (2,) does not" — implicit grad needs numel 1.
import torch

w = torch.tensor([2.0], requires_grad=True)
out = w * 3
print(out.shape)
out.backward()
print(w.grad)
out2 = torch.cat([w, w]) * 3
try:
    out2.backward()
except RuntimeError as e:
    print(e)
(w.reshape(1, 1, 1) * 2).backward()
print(w.grad)
