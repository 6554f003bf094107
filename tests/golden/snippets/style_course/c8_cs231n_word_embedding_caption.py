# Word embedding forward/backward with index_put-style accumulation (np.add.at) vs autograd.
import torch

N, T, V, D = 2, 4, 5, 3
x = torch.tensor([[0, 3, 1, 2], [2, 1, 0, 3]])
W = torch.linspace(0, 1, steps=V * D, dtype=torch.float64).reshape(V, D)
out = W[x]
print(out.shape)
print(out[0])
dout = torch.linspace(-1, 1, N * T * D, dtype=torch.float64).reshape(N, T, D)
dW = torch.zeros_like(W)
dW.index_put_((x.reshape(-1),), dout.reshape(-1, D), accumulate=True)
Wg = W.clone().requires_grad_()
Wg[x].backward(dout)
print(torch.allclose(dW, Wg.grad), dW[4], Wg.grad[0])
dW2 = torch.zeros_like(W).index_add_(0, x.flatten(), dout.reshape(-1, D))
print(torch.equal(dW, dW2))
emb = torch.nn.Embedding.from_pretrained(W.float(), freeze=True)
print(emb(x)[1, 0], emb.weight.requires_grad)
print(torch.nn.functional.embedding(x, W)[0, 1])
