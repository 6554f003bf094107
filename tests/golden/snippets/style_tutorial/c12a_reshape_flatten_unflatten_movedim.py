# Reshaping tour: flatten/unflatten, movedim/swapaxes, squeeze/unsqueeze and nn.Unflatten.
import torch
import torch.nn as nn

x = torch.arange(24).reshape(2, 3, 4)
print(x.flatten().shape, x.flatten(1).shape, x.flatten(0, 1).shape)
print(x.unflatten(2, (2, 2)).shape)
print(nn.Unflatten(1, (1, 3))(x).shape, nn.Flatten(0, -1)(x).shape)
print(x.movedim(0, -1).shape, x.movedim((0, 1), (2, 0)).shape)
print(x.swapaxes(0, 2).shape, x.swapdims(1, 2).is_contiguous())
print(x.permute(2, 0, 1).contiguous().stride(), x.stride())
y = x[:, :1]
print(y.shape, y.squeeze().shape, y.squeeze(1).shape, y.unsqueeze(0).shape)
print(x.transpose(1, 2)[0])
print(x.view(-1, 6).T)
print(x.reshape(4, -1).sum(1))
print(torch.atleast_2d(torch.tensor(3.0)), torch.ravel(x.T)[:6])
print(x.mT.shape, x.t() if x.dim() == 2 else "t() needs <= 2-D")
print(torch.squeeze(torch.zeros(1, 2, 1, 3), (0, 2)).shape)
