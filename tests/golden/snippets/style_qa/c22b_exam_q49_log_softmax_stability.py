import torch

# Q49. Why use log_softmax instead of log(softmax(x))?
x = torch.tensor([1000.0, 0.0, -1000.0])
print(torch.log(torch.softmax(x, 0)))
print(torch.log_softmax(x, 0))
print(torch.logsumexp(x, 0))
print(torch.exp(x))
