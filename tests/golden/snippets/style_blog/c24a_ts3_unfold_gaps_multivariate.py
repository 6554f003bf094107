# unfold on a (time, features) matrix, and steps larger than the window
import torch

data = torch.arange(20.0).view(10, 2)
w = data.unfold(0, 3, 2)
print(w.shape)
print(w[0])
print(w.permute(0, 2, 1)[0])
gaps = torch.arange(10).unfold(0, 2, 4)
print(gaps)
print(data.unfold(1, 2, 1).shape)
try:
    data.unfold(2, 1, 1)
except IndexError as e:
    print(e)
