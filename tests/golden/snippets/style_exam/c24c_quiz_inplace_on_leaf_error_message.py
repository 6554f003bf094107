# Quiz 50: three in-place mistakes, three messages
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
for op in (lambda: w.add_(1), lambda: w.__setitem__(0, 9.0), lambda: w.relu_()):
    try:
        op()
    except RuntimeError as e:
        print(e)
x = w * 1
x.relu_()
print(x, x.grad_fn.name())
