# Neural style transfer's losses: content loss, Gram matrices for style, total variation, on random features.
import torch

def content_loss(Y_hat, Y):
    return torch.square(Y_hat - Y.detach()).mean()

def gram(X):
    num_channels, n = X.shape[1], X.numel() // X.shape[1]
    X = X.reshape((num_channels, n))
    return torch.matmul(X, X.T) / (num_channels * n)

def style_loss(Y_hat, gram_Y):
    return torch.square(gram(Y_hat) - gram_Y.detach()).mean()

def tv_loss(Y_hat):
    return 0.5 * (torch.abs(Y_hat[:, :, 1:, :] - Y_hat[:, :, :-1, :]).mean() +
                  torch.abs(Y_hat[:, :, :, 1:] - Y_hat[:, :, :, :-1]).mean())

torch.manual_seed(0)
content_Y = torch.rand(1, 3, 5, 5)
style_Y = torch.rand(1, 3, 5, 5)
X = torch.nn.Parameter(content_Y.clone())
print(gram(style_Y))
trainer = torch.optim.Adam([X], lr=0.1)
content_weight, style_weight, tv_weight = 1, 1e3, 10
for epoch in range(4):
    trainer.zero_grad()
    contents_l = content_loss(X, content_Y) * content_weight
    styles_l = style_loss(X, gram(style_Y)) * style_weight
    tv_l = tv_loss(X) * tv_weight
    l = contents_l + styles_l + tv_l
    l.backward()
    trainer.step()
    print(epoch, f"{contents_l.item():.5f} {styles_l.item():.5f} {tv_l.item():.5f}")
print(X.clamp(0, 1).shape, X.grad.abs().max() > 0)
