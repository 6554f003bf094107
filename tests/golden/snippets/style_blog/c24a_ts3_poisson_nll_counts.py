# Count series: Poisson NLL on log-rates and on rates
import torch
import torch.nn as nn

log_rate = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
counts = torch.tensor([1.0, 3.0, 5.0])
loss = nn.PoissonNLLLoss()(log_rate, counts)
print(loss)
loss.backward()
print(log_rate.grad)
rate = torch.tensor([1.0, 2.5, 8.0])
print(nn.PoissonNLLLoss(log_input=False)(rate, counts))
print(nn.PoissonNLLLoss(full=True, reduction='none')(log_rate.detach(), counts))
print(nn.PoissonNLLLoss(eps=1e-3))
