import torch

x = torch.arange(24.0).view(2, 3, 4)
print(x.permute(0, 2, 1).shape)
conv_in = x.transpose(1, 2)
print(conv_in.is_contiguous(), conv_in.contiguous().is_contiguous())
conv = torch.nn.Conv1d(4, 2, kernel_size=1, bias=False)
with torch.no_grad():
    conv.weight.fill_(1.0)
print(conv(conv_in).transpose(1, 2))
