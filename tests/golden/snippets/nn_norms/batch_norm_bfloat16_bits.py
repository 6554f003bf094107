# A bfloat16 model's BatchNorm: outputs, running statistics after a few training steps, and
# eval mode, for (N, C), (N, C, L) and (N, C, H, W) inputs, printed to every digit.
import torch
import torch.nn as nn

torch.manual_seed(0)
bn1 = nn.BatchNorm1d(4).bfloat16()
bn2 = nn.BatchNorm2d(3).bfloat16()
for step in range(3):
    y1 = bn1(torch.randn(8, 4, 37).bfloat16() * 2 + 0.5)
    y0 = bn1(torch.randn(6, 4).bfloat16())
    y2 = bn2(torch.randn(3, 3, 31, 29).bfloat16() - 1)
print(y1[0, :, :5].tolist(), y0[:2].tolist(), y2[0, :, 0, :6].tolist())
print(bn1.running_mean.tolist(), bn1.running_var.tolist())
print(bn2.running_mean.tolist(), bn2.running_var.tolist())
bn1.eval()
bn2.eval()
print(bn1(torch.randn(2, 4, 21).bfloat16())[0, :, :6].tolist())
print(bn2(torch.randn(1, 3, 5, 5).bfloat16())[0, :, 0].tolist())
mixed = nn.BatchNorm1d(4)  # a float32 module given bfloat16 input
print(mixed(torch.randn(5, 4, 19).bfloat16())[0, :, :4].tolist(), mixed.running_mean.tolist())
