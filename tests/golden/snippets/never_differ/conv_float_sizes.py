import torch
import torch.nn as nn

# A float kernel size is refused when the weight is made, as torch.empty refuses a float size
for make in [lambda: nn.Conv2d(1, 2, 3.0), lambda: nn.Conv2d(1, 2, (3, 2.0)), lambda: nn.Conv1d(1, 2, 3.5),
             lambda: nn.ConvTranspose2d(1, 2, 3.0)]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError", e)

# a float stride is stored as given
conv = nn.Conv2d(1, 2, 3, stride=1.5)
print(conv.stride, conv)
print(nn.Conv2d(1, 2, (3, 2), stride=(1, 2), padding=1))
