# Autograder comparing Python numbers from .item()
import torch

loss = torch.nn.functional.cross_entropy(torch.tensor([[2.0, 1.0, 0.1]]), torch.tensor([0]))
torch.testing.assert_close(loss.item(), 0.4170299470424652)
print("exact float: PASS")
try:
    torch.testing.assert_close(loss.item(), 0.417)
except AssertionError as e:
    print(e)
try:
    torch.testing.assert_close(loss, 0.417)
except (AssertionError, TypeError) as e:
    print(type(e).__name__, e)
