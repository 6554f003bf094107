import torch

T = 4
gamma = 0.5
i = torch.arange(T).unsqueeze(1)
j = torch.arange(T).unsqueeze(0)
M = torch.where(j >= i, gamma ** (j - i).float(), torch.zeros(1))
print(M)
r = torch.tensor([1.0, 2.0, 3.0, 4.0])
print(M @ r)
print(torch.triu(torch.ones(T, T)))
