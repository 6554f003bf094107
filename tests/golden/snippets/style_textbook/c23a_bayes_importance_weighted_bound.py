# The importance-weighted bound: logsumexp of K log-weights minus log K
import math
import torch

log_w = torch.tensor([[-3.2, -2.9, -4.1, -3.0], [-1.0, -1.5, -0.8, -6.0]])
K = log_w.shape[1]
iwae = torch.logsumexp(log_w, dim=1) - math.log(K)
elbo = log_w.mean(1)
print(iwae)
print(elbo)
print(iwae >= elbo)
w = torch.softmax(log_w, dim=1)
print(w.sum(1), (1 / (w ** 2).sum(1)))
