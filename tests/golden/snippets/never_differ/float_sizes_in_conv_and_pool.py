# A float stride, padding or kernel size: PyTorch's parser refuses it, naming the argument
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x, w = torch.randn(1, 1, 5, 5), torch.randn(1, 1, 3, 3)
x1, w1 = torch.randn(1, 1, 6), torch.randn(1, 1, 3)
calls = [lambda: F.conv_transpose2d(x, w, stride=1.5), lambda: F.conv_transpose2d(x, w, None, 1.5),
         lambda: F.conv_transpose2d(x, w, stride=(1, 1.5)), lambda: F.conv2d(x, w, stride=1.5),
         lambda: F.conv1d(x1, w1, padding=0.5), lambda: nn.Conv2d(1, 1, 3, stride=1.5)(x),
         lambda: nn.ConvTranspose2d(1, 1, 3, stride=1.5)(x), lambda: F.max_pool2d(x, 2.5),
         lambda: F.max_pool2d(x, 2, stride=1.5), lambda: F.max_pool2d(x, 2, stride=1.5, return_indices=True),
         lambda: F.avg_pool2d(x, 2, stride=1.5), lambda: F.avg_pool2d(x, [2, 2.0]),
         lambda: nn.MaxPool1d(2.5)(x1), lambda: nn.AvgPool1d(2.5)(x1),
         lambda: F.adaptive_avg_pool2d(x, 2.5), lambda: F.adaptive_avg_pool2d(x, (None, 2.5)),
         lambda: F.adaptive_avg_pool1d(x1, 2.5), lambda: nn.AvgPool1d((2, 3))(x1)]
for call in calls:
    try:
        print(call().shape)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
print(F.max_pool2d(x, 2, stride=1).shape, nn.AvgPool1d((2,))(x1).shape, nn.AvgPool1d((2, 3)))
