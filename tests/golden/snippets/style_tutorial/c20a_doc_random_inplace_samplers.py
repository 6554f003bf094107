# Tensor in-place samplers: random_, uniform_, normal_, exponential_, geometric_, log_normal_, cauchy_
import torch

torch.manual_seed(0)
print(torch.empty(5).random_(10))
print(torch.empty(5).random_(3, 7))
print(torch.empty(4).uniform_(-1, 1))
print(torch.empty(4).normal_(mean=2, std=0.5))
print(torch.empty(4).exponential_(lambd=2.0))
print(torch.empty(4).geometric_(0.3))
print(torch.empty(4).log_normal_(0, 0.25))
print(torch.empty(4).cauchy_())
print(torch.empty(3, dtype=torch.int64).random_(), torch.empty(2).bernoulli_(0.5))
