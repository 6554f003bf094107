# Tensor.squeeze takes several dims one by one (torch.squeeze does not); repeated dims are refused.
import torch

x = torch.ones(1, 2, 1)
calls = [lambda: x.squeeze(0, 2), lambda: x.squeeze(0, 1), lambda: x.squeeze(-1, 0), lambda: x.squeeze(0, 0),
         lambda: x.squeeze((2, -1)), lambda: x.squeeze(0, 5), lambda: x.squeeze(0, 1.5), lambda: x.squeeze((0,), 2),
         lambda: x.squeeze(0, dim=2), lambda: x.squeeze(0, None), lambda: x.clone().squeeze_(0, 2),
         lambda: torch.ones(1, 1).squeeze(0, 1, 1), lambda: x.squeeze(torch.tensor(0), 2), lambda: torch.squeeze(x, (0, 2))]
for call in calls:
    try:
        print(call().shape)
    except (RuntimeError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
w = torch.ones(1, 3, 1, requires_grad=True)
y = w.squeeze(0, 2)
print(y.grad_fn.name(), y.grad_fn._saved_dim)
y.sum().backward()
print(w.grad.shape)
