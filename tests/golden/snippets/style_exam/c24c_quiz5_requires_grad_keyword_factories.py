# Quiz E4: requires_grad given to factories in various ways
import torch

print(torch.tensor([1.0], requires_grad=True).requires_grad, torch.zeros(2, requires_grad=False).requires_grad)
print(torch.empty(2, requires_grad=True).is_leaf, torch.eye(2, requires_grad=True).requires_grad)
for f in (lambda: torch.zeros(2, requires_grad=1), lambda: torch.ones(2, dtype=torch.int64, requires_grad=True),
          lambda: torch.tensor([1.0], requires_grad="yes"), lambda: torch.randn(2, requires_grad=None)):
    try:
        print(f())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
