import torch

data = torch.arange(30.0).view(10, 3)
wins = data.unfold(0, 4, 2)
print(wins.shape)
print(wins[0])
flat = wins.reshape(wins.size(0), -1)
print(flat.shape, flat[1])
patches = torch.nn.functional.unfold(data.T.reshape(1, 3, 1, 10), kernel_size=(1, 4), stride=(1, 2))
print(patches.shape)
