# Q: switching MSELoss from reduction='mean' to 'sum' changed my training - the gradient scales with the batch.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 3)
y = torch.randn(8, 1)
for reduction in ["mean", "sum", "none"]:
    model = nn.Linear(3, 1)
    torch.nn.init.constant_(model.weight, 0.5)
    torch.nn.init.zeros_(model.bias)
    loss = nn.MSELoss(reduction=reduction)(model(x), y)
    print(reduction, loss.shape, loss if loss.dim() == 0 else loss[:2].T)
    if loss.dim():
        try:
            loss.backward()
        except RuntimeError as e:
            print("RuntimeError:", e)
        loss = loss.mean()
    loss.backward()
    print(model.weight.grad, model.bias.grad)
print(nn.MSELoss(size_average=False))
