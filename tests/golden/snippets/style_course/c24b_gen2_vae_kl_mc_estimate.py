# Monte-Carlo KL estimate vs the closed form for a diagonal Gaussian
import torch
from torch.distributions import Normal, kl_divergence

torch.manual_seed(6363)
q = Normal(torch.tensor([0.5, -1.0]), torch.tensor([0.8, 1.2]))
prior = Normal(0.0, 1.0)
samples = q.rsample(torch.Size([20000]))
mc = q.log_prob(samples).sub(prior.log_prob(samples)).mean(dim=0)
exact = kl_divergence(q, Normal(torch.zeros(2), torch.ones(2)))
print('closed form', exact)
print(torch.allclose(mc, exact, atol=0.05))
print(samples.shape, q.batch_shape, q.event_shape)
