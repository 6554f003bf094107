import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=2, num_decoder_layers=1, dim_feedforward=16,
                       dropout=0.0)
print(model)
print(sum(p.numel() for p in model.parameters()))
print(model.encoder.layers[0].self_attn.in_proj_weight[0])
print(model.decoder.layers[0].multihead_attn.out_proj.weight[0])
print(model.decoder.layers[0].linear2.bias)
src = torch.randn(5, 3, 8)
tgt = torch.randn(4, 3, 8)
tgt_mask = model.generate_square_subsequent_mask(4)
out = model(src, tgt, tgt_mask=tgt_mask)
print(out.shape)
print(out[:, 0])
loss = (out[..., :2] - 1).pow(2).sum()
loss.backward()
print(model.encoder.layers[1].linear1.bias.grad)
print(model.decoder.norm.weight.grad)
for bad in [(torch.randn(5, 2, 8), tgt), (src, torch.randn(4, 3, 6))]:
    try:
        model(*bad)
    except RuntimeError as e:
        print(type(e).__name__, e)
bf = nn.Transformer(d_model=4, nhead=1, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=8,
                    dropout=0.0, batch_first=True)
print(bf(torch.randn(2, 3, 4), torch.randn(2, 5, 4)).shape, bf.batch_first, bf.d_model, bf.nhead)
