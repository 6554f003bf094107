import torch
import torch.nn.functional as F

log_rate = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
counts = torch.tensor([1.0, 3.0, 5.0])
loss = F.poisson_nll_loss(log_rate, counts, log_input=True)
loss.backward()
print(loss, log_rate.grad)
rate = torch.tensor([1.0, 3.0, 8.0])
print(F.poisson_nll_loss(rate, counts, log_input=False, full=True))
print(F.gaussian_nll_loss(torch.zeros(3, 2), torch.ones(3, 2), torch.ones(3, 1)))
