# Laplacian of a 2-D field network at collocation points: forward-over-reverse Hessians
import torch
import torch.func as tf
torch.manual_seed(87)
field = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
weights = {k: v.detach() for k, v in field.named_parameters()}
def scalar_field(w, point):
    return tf.functional_call(field, w, (point,))[0]
hess_fn = tf.jacfwd(tf.jacrev(scalar_field, argnums=1), argnums=1)
pts = torch.rand(3, 2)
H = tf.vmap(hess_fn, in_dims=(None, 0))(weights, pts)
laplacian = torch.einsum("bii->b", H)
print(H.shape)
print(laplacian)
