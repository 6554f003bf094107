# HW: MSE gradient by hand (student forgot the 2)
import torch


def mse_grad(pred, target):
    return (pred - target) / pred.numel()


pred = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
target = torch.tensor([1.5, 2.0, 3.0])
torch.nn.functional.mse_loss(pred, target).backward()
mine = mse_grad(pred.detach(), target)
try:
    torch.testing.assert_close(mine, pred.grad, msg="mse_grad is wrong")
except AssertionError as e:
    print("FAIL:", e)
print(mine, pred.grad)
