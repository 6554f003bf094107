# logsumexp over log-weights that include -inf (impossible components) stays finite
import torch

lw = torch.tensor([[-1.0, float("-inf"), -2.0], [float("-inf"), float("-inf"), float("-inf")], [0.0, 0.0, 0.0]])
print(torch.logsumexp(lw, dim=1))
print(torch.log(torch.exp(lw).sum(1)))
print(torch.softmax(lw[:1], dim=1))
print(torch.softmax(lw[1:2], dim=1))
