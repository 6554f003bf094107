# Q: per-sample gradients with torch.func.grad and vmap instead of a Python loop.
import torch
import torch.func as tf

gen = torch.Generator().manual_seed(13)
theta = torch.randn(3, generator=gen)
batch_x = torch.randn(4, 3, generator=gen)
batch_y = torch.randn(4, generator=gen)

def sq_err(params, xi, yi):
    return (torch.dot(xi, params) - yi).square()

per_sample = tf.vmap(tf.grad(sq_err), in_dims=(None, 0, 0))(theta, batch_x, batch_y)
print(per_sample.shape)
looped = torch.stack([tf.grad(sq_err)(theta, xi, yi) for xi, yi in zip(batch_x, batch_y)])
print(torch.allclose(per_sample, looped))
print(per_sample.mean(0), tf.grad(lambda p: (batch_x @ p - batch_y).square().mean())(theta))
