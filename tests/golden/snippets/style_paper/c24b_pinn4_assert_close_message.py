# torch.testing.assert_close failing on a PINN prediction: the message learners see
import torch

pred = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
exact = torch.tensor([1.0, 2.001, 3.0], dtype=torch.float64)
try:
    torch.testing.assert_close(pred, exact)
except AssertionError as e:
    print(e)
torch.testing.assert_close(pred, exact, atol=1e-2, rtol=0)
print("close enough with atol=1e-2")
