# Does assert_close care about requires_grad? (TA's sanity check)
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 1.0
torch.testing.assert_close(y, torch.tensor([1.0, 2.0]))
print("values match even though y has grad_fn:", y.grad_fn is not None)
try:
    torch.testing.assert_close(y, [1.0, 2.0])
except TypeError as e:
    print("TypeError:", e)
