# feature distillation (FitNets): match student features through a 1x1 regressor
import torch
import torch.nn as nn
torch.manual_seed(86)
t_feat = torch.randn(2, 8, 3, 3)
s_net = nn.Conv2d(3, 4, 3, padding=1)
regressor = nn.Conv2d(4, 8, 1)
s_feat = s_net(torch.randn(2, 3, 3, 3))
hint = nn.functional.mse_loss(regressor(s_feat), t_feat)
hint.backward()
print(hint.item())
print(regressor.weight.grad.shape, s_net.bias.grad)
