import torch

# Exam B4-8. Which spellings give identical results?
x = torch.tensor([[1.0, -2.0], [3.0, -4.0]])
print(torch.equal(x.abs(), torch.abs(x)), torch.equal(x.clamp(min=0), torch.relu(x)))
print(x.sum(dim=0, keepdim=True), x.sum(0).unsqueeze(0).shape)
print(torch.t(x).equal(x.T), x.neg().equal(-x), (x ** 2).equal(x.pow(2)), x.square().equal(x * x))
print(x.max(), x.amax(dim=1), x.maximum(torch.zeros(2, 2)))
