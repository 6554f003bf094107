# nn.MSELoss / L1Loss / SmoothL1Loss / HuberLoss with reduction
import torch
import torch.nn as nn

torch.manual_seed(0)
input = torch.randn(3, 5, requires_grad=True)
target = torch.randn(3, 5)
for loss in [nn.MSELoss(), nn.L1Loss(), nn.SmoothL1Loss(beta=0.5), nn.HuberLoss(delta=0.5)]:
    output = loss(input, target)
    print(loss, output)
print(nn.MSELoss(reduction='sum')(input, target))
print(nn.L1Loss(reduction='none')(input, target)[0])
output = nn.MSELoss()(input, target)
output.backward()
print(input.grad[0])
