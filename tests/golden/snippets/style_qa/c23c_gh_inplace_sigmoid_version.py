# Issue: "custom activation with in-place clamp breaks backward of the pow before it".
import torch

inp = torch.tensor([0.5, -2.0, 3.0], requires_grad=True)
sq = inp.pow(2)
print(sq._version)
sq.clamp_(max=4.0)
print(sq._version, sq)
try:
    (sq * 1.0).sum().backward()
except RuntimeError as err:
    print(err)
