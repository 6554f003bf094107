# Quiz C17: optimizer reprs show their defaults
import torch

ps = [torch.nn.Parameter(torch.zeros(2))]
print(torch.optim.RMSprop(ps, lr=0.01))
print(torch.optim.Adagrad(ps))
print(torch.optim.SGD(ps, lr=0.1, weight_decay=1e-4))
