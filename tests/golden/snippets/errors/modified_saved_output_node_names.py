# Changing in place a result that backward still needs: which node does the error name?
import torch

for make in (lambda x: x.max(), lambda x: x ** x, lambda x: x.exp(), lambda x: x.sigmoid(), lambda x: x.max(0)[0]):
    x = torch.rand(3, requires_grad=True)
    y = make(x)
    y.add_(1)
    try:
        y.sum().backward()
        print("no error:", y.grad_fn)
    except RuntimeError as e:
        print(str(e).split(" Hint:")[0])
