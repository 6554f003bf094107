# Mean absolute distance of a stack of images to an "ideal" image via broadcasting.
import torch

torch.manual_seed(3)
valid_3_tens = torch.rand(5, 4, 4)
mean3 = torch.rand(4, 4)

def mnist_distance(a, b):
    return (a-b).abs().mean((-1, -2))

print((valid_3_tens - mean3).shape)
valid_3_dist = mnist_distance(valid_3_tens, mean3)
print(valid_3_dist, valid_3_dist.shape)
print(torch.tensor([1, 2, 3]) + torch.tensor(1))
print(mnist_distance(valid_3_tens[0], mean3))
