import torch

x = torch.arange(8.0)
w = torch.as_strided(x, size=(5, 4), stride=(1, 1))
print(w)
print(torch.equal(w, x.unfold(0, 4, 1)))
batch = torch.arange(20.0).view(2, 10)
wb = batch.unfold(1, 3, 2)
print(wb.shape)
print(wb[1])
