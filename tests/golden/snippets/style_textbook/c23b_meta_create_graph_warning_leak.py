import warnings
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (w ** 2).sum().backward(create_graph=True)
print(len(caught))
for c in caught:
    print(c.category.__name__, str(c.message)[:60])
print(w.grad)
w.grad = None
