# Q: "modified by an inplace operation ... output 0 of ExpBackward0" after I normalised in place.
import torch

torch.manual_seed(42)
logits = torch.randn(2, 3, requires_grad=True)
e = logits.exp()
e /= e.sum(dim=1, keepdim=True)
print(e._version)
try:
    e[:, 0].sum().backward()
except RuntimeError as err:
    print(err)
e = logits.exp()
probs = e / e.sum(dim=1, keepdim=True)
probs[:, 0].sum().backward()
print(logits.grad)
