# Max pooling by loops vs F.max_pool2d, and inverted dropout's train/test means as in the assignment.
import torch
import torch.nn.functional as F

def max_pool_forward_naive(x, ph, pw, stride):
    N, C, H, W = x.shape
    Ho, Wo = 1 + (H - ph) // stride, 1 + (W - pw) // stride
    out = torch.empty(N, C, Ho, Wo, dtype=x.dtype)
    for i in range(Ho):
        for j in range(Wo):
            win = x[:, :, i * stride:i * stride + ph, j * stride:j * stride + pw]
            out[:, :, i, j] = win.amax(dim=(2, 3))
    return out

torch.manual_seed(231)
x = torch.randn(2, 3, 4, 4)
out = max_pool_forward_naive(x, 2, 2, 2)
print(out[0, 0])
print(torch.equal(out, F.max_pool2d(x, kernel_size=2, stride=2)))

def dropout_forward(x, p, mode):
    if mode == 'train':
        mask = (torch.rand(*x.shape) < p) / p
        return x * mask, mask
    return x, None

x = torch.randn(500, 500) + 10
for p in [0.25, 0.4, 0.7]:
    out, _ = dropout_forward(x, p, 'train')
    out_test, _ = dropout_forward(x, p, 'test')
    print('Running tests with p = ', p)
    print('Mean of input: ', round(x.mean().item(), 3))
    print('Mean of train-time output: ', round(out.mean().item(), 2))
    print('Mean of test-time output: ', round(out_test.mean().item(), 3))
    print('Fraction of train-time output set to zero: ', round((out == 0).float().mean().item(), 2))
