# nn.init.calculate_gain for every nonlinearity it knows (the value and its Python type), leaky_relu's
# slope argument, and what it refuses.
import numpy as np
import torch.nn as nn

for name in ("linear", "conv1d", "conv_transpose3d", "sigmoid", "tanh", "relu", "selu", "leaky_relu"):
    print(name, repr(nn.init.calculate_gain(name)))
for slope in (0.2, 3, np.float64(0.5), None, True, "1"):
    try:
        print(repr(nn.init.calculate_gain("leaky_relu", slope)))
    except ValueError as e:
        print("ValueError", e)
for name in ("Relu", "gelu", [1], 5):
    try:
        nn.init.calculate_gain(name)
    except ValueError as e:
        print("ValueError", e)
