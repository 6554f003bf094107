# nn.TransformerDecoderLayer / nn.Transformer shapes and generate_square_subsequent_mask
import torch
import torch.nn as nn

torch.manual_seed(0)
decoder_layer = nn.TransformerDecoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0)
memory = torch.rand(5, 2, 8)
tgt = torch.rand(3, 2, 8)
out = decoder_layer(tgt, memory)
print(out.shape, out[0, 0, :4])
print(nn.Transformer.generate_square_subsequent_mask(3))
model = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16, dropout=0.0)
print(model(torch.rand(5, 2, 8), torch.rand(3, 2, 8)).shape)
print(sum(p.numel() for p in model.parameters()))
