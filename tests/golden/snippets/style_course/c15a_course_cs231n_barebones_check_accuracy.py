# CS231n PyTorch part II "barebones": random_weight with Kaiming scale, a two-layer fc net, check_accuracy
import numpy as np
import torch
import torch.nn.functional as F

def flatten(x):
    N = x.shape[0]
    return x.view(N, -1)

def random_weight(shape):
    fan_in = shape[0] if len(shape) == 2 else np.prod(shape[1:])
    w = torch.randn(shape, dtype=torch.float32) * np.sqrt(2. / fan_in)
    w.requires_grad = True
    return w

def two_layer_fc(x, params):
    w1, w2 = params
    return F.relu(flatten(x).mm(w1)).mm(w2)

torch.manual_seed(231)
params = [random_weight((12, 8)), random_weight((8, 3))]
x = torch.randn(10, 3, 2, 2)
y = torch.randint(0, 3, (10,))
for t in range(3):
    loss = F.cross_entropy(two_layer_fc(x, params), y)
    loss.backward()
    with torch.no_grad():
        for w in params:
            w -= 1e-1 * w.grad
            w.grad.zero_()
    print('Iteration %d, loss = %.4f' % (t, loss.item()))
with torch.no_grad():
    preds = two_layer_fc(x, params).max(1)[1]
num_correct, num_samples = (preds == y).sum(), preds.size(0)
print('Got %d / %d correct (%.2f%%)' % (num_correct, num_samples, 100 * float(num_correct) / num_samples))
