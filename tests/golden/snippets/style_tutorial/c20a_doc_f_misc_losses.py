# PoissonNLLLoss, GaussianNLLLoss, SoftMarginLoss, MultiLabelSoftMarginLoss, MultiMarginLoss
import torch
import torch.nn as nn

torch.manual_seed(0)
log_input = torch.randn(5, 2)
target = torch.randn(5, 2).abs()
print(nn.PoissonNLLLoss()(log_input, target))
input = torch.randn(5, 2)
var = torch.ones(5, 2)
print(nn.GaussianNLLLoss()(input, target, var))
print(nn.SoftMarginLoss()(input, torch.sign(target - 0.5)))
print(nn.MultiLabelSoftMarginLoss()(input, (target > 0.5).float()))
x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
y = torch.tensor([3])
print(nn.MultiMarginLoss()(x, y))
print(nn.TripletMarginLoss(margin=1.0, p=2)(torch.randn(4, 3), torch.randn(4, 3), torch.randn(4, 3)))
