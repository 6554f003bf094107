# Q: the in-place random fillers: uniform_, normal_, exponential_, random_, bernoulli_.
import torch

torch.manual_seed(7)
t = torch.empty(5)
print(t.uniform_(-1, 1))
print(t.normal_(mean=10, std=0.1))
print(t.exponential_(lambd=2.0))
print(torch.empty(5, dtype=torch.int64).random_(0, 10))
print(torch.empty(5).bernoulli_(0.3))
print(torch.empty(3).fill_(0.5).bernoulli_())
print(torch.empty(4).geometric_(0.5), torch.empty(2).log_normal_(0, 0.25))
