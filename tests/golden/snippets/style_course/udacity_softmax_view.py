# Udacity-style softmax: dividing by the row sum needs .view(-1, 1); checking the rows sum to one.
import torch

def softmax(x):
    return torch.exp(x) / torch.sum(torch.exp(x), dim=1).view(-1, 1)

torch.manual_seed(7)
out = torch.randn(64, 10)
probabilities = softmax(out)
print(probabilities.shape)
print(probabilities.sum(dim=1)[:4])
print(torch.sum(torch.exp(out), dim=1).shape, torch.sum(torch.exp(out), dim=1).view(-1, 1).shape)
try:
    torch.exp(out[:3]) / torch.sum(torch.exp(out[:3]), dim=1)
except RuntimeError as e:
    print(e)
print(torch.allclose(probabilities, torch.softmax(out, dim=1)))
print(probabilities[0])
