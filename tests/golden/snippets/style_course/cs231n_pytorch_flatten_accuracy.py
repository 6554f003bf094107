# CS231n PyTorch notebook: flatten, random_weight with Kaiming scaling, a barebones two-layer net, check_accuracy.
import numpy as np
import torch
import torch.nn.functional as F

dtype = torch.float32

def flatten(x):
    N = x.shape[0]
    return x.view(N, -1)

def random_weight(shape):
    if len(shape) == 2:
        fan_in = shape[0]
    else:
        fan_in = np.prod(shape[1:])
    w = torch.randn(shape, dtype=dtype) * np.sqrt(2. / fan_in)
    w.requires_grad = True
    return w

def two_layer_fc(x, params):
    x = flatten(x)
    w1, w2 = params
    x = F.relu(x.mm(w1))
    return x.mm(w2)

torch.manual_seed(0)
x = torch.arange(12).view(2, 1, 3, 2)
print('Before flattening: ', x)
print('After flattening: ', flatten(x))
print(random_weight((3, 5)))
print(random_weight((2, 3, 2, 2)).shape)
w1, w2 = random_weight((12, 8)), random_weight((8, 10))
scores = two_layer_fc(torch.randn(64, 3, 2, 2), [w1, w2])
print(scores.size())
y = torch.randint(0, 10, (64,))
num_correct = (scores.max(1)[1] == y).sum()
acc = float(num_correct) / 64
print('Got %d / %d correct (%.2f%%)' % (num_correct, 64, 100 * acc))
