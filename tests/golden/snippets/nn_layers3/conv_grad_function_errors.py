# torch.nn.grad's errors: they come from the kernel PyTorch picks for the convolution's backward
import torch

g = torch.nn.grad
cases = [
    lambda: g.conv2d_input((1, 3, 4, 4), torch.ones(1, 1, 2, 2), torch.ones(1, 1, 3, 3)),
    lambda: g.conv2d_input((1, 1, 4, 4), torch.ones(1, 1, 2, 2), torch.ones(1, 1, 2, 2)),
    lambda: g.conv2d_weight(torch.ones(1, 1, 4, 4), (1, 1, 2, 2), torch.ones(1, 2, 3, 3)),
    lambda: g.conv2d_input((2, 1, 5, 5), torch.ones(1, 1, 2, 2), torch.ones(2, 1, 3, 3)),
    lambda: g.conv2d_input((1, 1, 4, 4), torch.ones(1, 1, 2, 2, dtype=torch.float64), torch.ones(1, 1, 3, 3)),
    lambda: g.conv2d_weight(torch.ones(2, 1, 4, 4), (1, 1, 2, 2), torch.ones(2, 1, 3, 3, dtype=torch.float64)),
    lambda: g.conv2d_input((2, 1, 4, 4), torch.ones(1, 1, 2, 2), torch.ones(2, 1, 3, 3, dtype=torch.float64)),
    lambda: g.conv2d_input((1, 1, 4, 4), torch.ones(1, 1, 2, 2), torch.ones(1, 1, 3, 3), stride=0),
    lambda: g.conv2d_input((1, 1, 4), torch.ones(1, 1, 2, 2), torch.ones(1, 1, 3, 3)),
    lambda: g.conv2d_input((2, 1, 4, 4), torch.ones(1, 1, 2, 2), torch.ones(2, 1, 3)),
    lambda: g.conv2d_input((2, 1, 4, 4), torch.ones(1, 1, 2, 2), torch.ones(2, 1, 3, 3), groups=0),
    lambda: g.conv1d_input((1, 1, 4), torch.ones(1, 1, 2), torch.ones(1, 1, 3), stride=(1, 2)),
    lambda: g.conv1d_input((1, 2, 7), torch.ones(3, 2, 2), torch.ones(1, 3, 3), stride=3, dilation=2),
    lambda: g.conv1d_input((1, 1, 5), torch.ones(1, 1, 2, dtype=torch.float64),
                           torch.ones(1, 1, 3, dtype=torch.float64)),
    lambda: g.conv2d_input((1, 1, 4, 4), torch.ones(1, 1, 5, 5), torch.ones(1, 1, 3, 3)),
    lambda: g.conv3d_input((2, 1, 5, 5, 5), torch.ones(1, 1, 2, 2, 2), torch.ones(2, 1, 3, 3, 3)),
]
for case in cases:
    try:
        print(case().shape)
    except RuntimeError as e:
        print("RuntimeError:", e)
g.conv2d_weight(torch.ones(1, 1, 4, 4), (1, 1, 2, 2), torch.ones(1, 1, 3, 3), padding="same")
